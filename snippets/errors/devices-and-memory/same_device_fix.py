import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(4, 2).to(device)
x = torch.ones(3, 4).to(device)  # every input goes where the model is
target = torch.zeros(3, 2).to(device)  # labels too
loss = nn.functional.mse_loss(model(x), target)
weight = next(model.parameters())
print("x on the model's device:", x.device == weight.device)
print("loss on the model's device:", loss.device == weight.device)
