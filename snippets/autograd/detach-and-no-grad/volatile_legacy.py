# warns UserWarning
import torch
from torch.autograd import Variable

w = torch.ones(2, requires_grad=True)
x = Variable(torch.ones(2), volatile=True)  # 0.3-era inference mode
y = x * w
print("y.requires_grad:", y.requires_grad)  # still True: volatile is ignored
