# raises TypeError
from torch import nn, optim

models = [nn.Linear(4, 8), nn.Linear(8, 8), nn.Linear(8, 2)]

# A common wrong form: a list of generators, one per model. The optimizer
# takes each generator for one parameter tensor.
optimizer = optim.SGD(
    [model.parameters() for model in models],
    lr=1e-2,
    momentum=0.9,
    weight_decay=5e-4,
)
