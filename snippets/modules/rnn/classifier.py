import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence


class LSTMClassifier(nn.Module):
    def __init__(self, vocab, embed_dim, hidden, classes, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(
            embed_dim,
            hidden,
            num_layers=layers,
            batch_first=True,
            bidirectional=True,
        )
        self.head = nn.Linear(2 * hidden, classes)

    def forward(self, tokens, lengths):
        packed = pack_padded_sequence(
            self.embed(tokens),
            lengths.cpu(),
            batch_first=True,
            enforce_sorted=False,
        )
        _, (h_n, _) = self.lstm(packed)
        # top layer: forward direction h_n[-2], backward h_n[-1]
        return self.head(torch.cat([h_n[-2], h_n[-1]], dim=1))


torch.manual_seed(0)
model = LSTMClassifier(vocab=100, embed_dim=32, hidden=64, classes=3)
lengths = torch.tensor([9, 5, 7, 3])
tokens = torch.randint(1, 100, (4, 9))  # token 0 is padding
tokens[torch.arange(9) >= lengths[:, None]] = 0
labels = torch.tensor([0, 2, 1, 2])

logits = model(tokens, lengths)
loss = nn.functional.cross_entropy(logits, labels)
loss.backward()
print("tokens", tuple(tokens.shape), "-> logits", tuple(logits.shape))
print("embedding gets a gradient:", model.embed.weight.grad is not None)
alone = model(tokens[1:2, :5], lengths[1:2])  # sample 1, no padding
print(
    "padding changes nothing:", torch.allclose(alone, logits[1:2], atol=1e-3)
)
print("parameters:", sum(p.numel() for p in model.parameters()))
