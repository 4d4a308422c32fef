import torch

# A classifier's scores, 4 samples x 3 classes, and each sample's true class
logits = torch.tensor(
    [[2.0, 0.5, -1.0], [0.1, 0.3, 2.2], [1.5, 1.6, 0.0], [0.0, -0.5, 0.9]]
)
labels = torch.tensor([0, 2, 0, 2])

_, predicted = logits.max(dim=1)  # the best class within each row (sample)
print(
    "logits:",
    tuple(logits.shape),
    "-> predicted:",
    tuple(predicted.shape),
    predicted.tolist(),
)
correct = (predicted == labels).sum().item()
print(f"accuracy: {correct}/{labels.numel()} = {correct / labels.numel():.2f}")

wrong = logits.argmax(dim=0)  # the best SAMPLE for each class: wrong question
print("argmax(dim=0):", tuple(wrong.shape), wrong.tolist())

probs = torch.softmax(logits, dim=1)  # the same dim: within each row
print(
    "softmax(dim=1) row sums:",
    [round(s, 4) for s in probs.sum(dim=1).tolist()],
)
