# raises RuntimeError
# cpu-only: the message names the tensor type, torch.cuda.FloatTensor on a GPU
import torch

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = torch.sigmoid(x)  # sigmoid's backward needs its output y
y[0] = 0.0  # an indexed assignment writes into y in place
y.sum().backward()
