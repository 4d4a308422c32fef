from torch import nn


class TinyLM(nn.Module):
    def __init__(self, vocab=1000, dim=64):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.head = nn.Linear(dim, vocab, bias=False)
        self.head.weight = self.embed.weight  # one tensor, two names


model = TinyLM()
print("parameters():", sum(p.numel() for p in model.parameters()))
print("state_dict():", sum(t.numel() for t in model.state_dict().values()))
print("state_dict keys:", list(model.state_dict()))
