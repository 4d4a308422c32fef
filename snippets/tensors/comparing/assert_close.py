import torch

expected = torch.tensor([1.0, 2.0, 3.0])
actual = expected + torch.tensor([0.0, 1e-6, 1e-3])

torch.testing.assert_close(actual[:2], expected[:2])  # passes: no output
try:
    torch.testing.assert_close(actual, expected)
except AssertionError as err:
    print("AssertionError:", err)
