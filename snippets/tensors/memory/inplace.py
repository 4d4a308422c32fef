import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = a  # a second name for the same tensor
print("a.add(10): ", a.add(10).tolist(), " a unchanged:", a.tolist())
a.add_(10)  # trailing underscore: modifies a itself
print("a.add_(10):", a.tolist(), " b sees it:", b.tolist())

a = torch.tensor([1.0, 2.0, 3.0])
b = a
a += 1  # in place: the same object, b changes too
print("a += 1     ->", a.tolist(), " same object:", a is b, " b:", b.tolist())
a = a + 1  # builds a new tensor and rebinds the name a
print("a = a + 1  ->", a.tolist(), " same object:", a is b, " b:", b.tolist())


def normalise_(t):  # a function that updates its argument in place
    t -= t.mean()


data = torch.tensor([1.0, 2.0, 6.0])
normalise_(data)
print("caller's tensor after normalise_:", data.tolist())
