import torch

# Scores of a classifier: a batch of 4 samples x 3 classes, and the true class of each sample.
logits = torch.tensor(
    [[2.0, 0.5, -1.0], [0.1, 0.3, 2.2], [1.5, 1.6, 0.0], [0.0, -0.5, 0.9]]
)
labels = torch.tensor([0, 2, 0, 2])

_, predicted = logits.max(
    dim=1
)  # dim=1: pick the best class within each row (sample)
print(
    "logits:",
    tuple(logits.shape),
    "-> predicted:",
    tuple(predicted.shape),
    predicted.tolist(),
)
correct = (predicted == labels).sum().item()
print(f"accuracy: {correct}/{labels.numel()} = {correct / labels.numel():.2f}")

wrong = logits.argmax(
    dim=0
)  # dim=0 picks the best SAMPLE for each class: a different question
print("argmax(dim=0):", tuple(wrong.shape), wrong.tolist())

probs = torch.softmax(logits, dim=1)  # the same dim: normalise within each row
print(
    "softmax(dim=1) row sums:",
    [round(s, 4) for s in probs.sum(dim=1).tolist()],
)
