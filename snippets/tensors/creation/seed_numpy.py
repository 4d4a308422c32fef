import random

import numpy as np
import torch


def draw():
    return torch.rand(2).tolist(), np.random.rand(2).tolist(), random.random()


torch.manual_seed(0)
first = draw()
torch.manual_seed(0)  # seeds torch only
second = draw()
print("torch repeats: ", first[0] == second[0])
print("numpy repeats: ", first[1] == second[1])
print("random repeats:", first[2] == second[2])


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # also seeds every CUDA device


seed_everything(0)
first = draw()
seed_everything(0)
print("all three repeat:", draw() == first)
