import torch

images = torch.zeros(2, 3, 4, 4)  # two RGB images, 4x4
masks = torch.zeros(2, 1, 4, 4)  # one channel each

print("cat along channels:", tuple(torch.cat((images, masks), dim=1).shape))

for join in (torch.cat, torch.stack):
    try:
        join((images, masks), dim=0)
    except RuntimeError as err:
        print(f"{join.__name__}(dim=0): RuntimeError: {err}")
