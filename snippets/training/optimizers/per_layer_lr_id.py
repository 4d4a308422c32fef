from torch import nn, optim

net = nn.Module()
for name in ["conv1", "conv2", "conv3", "conv4", "conv5"]:
    setattr(net, name, nn.Conv2d(8, 8, 3))
lr = 1e-3

# Code as it is often copied (stray comma, no closing bracket) won't compile.
copied = """optimizer = torch.optim.SGD([
            {'params': base_params},
            {'params': net.conv5.parameters(), 'lr': lr * 100},
            {'params': net.conv4.parameters(), 'lr': lr * 100},
            , lr=lr, momentum=0.9)"""
try:
    compile(copied, "copied", "exec")
except SyntaxError as err:
    print(f"SyntaxError: {err.msg} (line {err.lineno})")

# Fixed, the id() trick works: keep parameters that aren't conv4's or conv5's.
conv5_params = list(map(id, net.conv5.parameters()))
conv4_params = list(map(id, net.conv4.parameters()))
base_params = filter(
    lambda p: id(p) not in conv5_params + conv4_params, net.parameters()
)

print("base tensors:", len(list(base_params)))  # looking at the filter once...
optimizer = optim.SGD(
    [
        {"params": base_params},  # ...has used it up: this group is now empty
        {"params": net.conv5.parameters(), "lr": lr * 100},
        {"params": net.conv4.parameters(), "lr": lr * 100},
    ],
    lr=lr,
    momentum=0.9,
)
print("tensors per group:", [len(g["params"]) for g in optimizer.param_groups])
