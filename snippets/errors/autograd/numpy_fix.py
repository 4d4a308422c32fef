import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
pred = w * 2
arr = pred.detach().cpu().numpy()  # works on every device
print(type(arr).__name__, arr.tolist())
loss = pred.sum()
print("loss:", loss.item())  # one number: .item() is enough
