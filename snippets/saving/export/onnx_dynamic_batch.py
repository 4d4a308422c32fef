import numpy as np
import onnxruntime as ort
import torch
from torch import nn
from torch.export import Dim

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 4)).eval()

onnx_program = torch.onnx.export(
    model,
    (torch.randn(2, 16),),
    input_names=["features"],
    output_names=["logits"],
    dynamic_shapes=({0: Dim("batch")},),
    dynamo=True,  # the default since PyTorch 2.9
    verbose=False,  # no progress lines
)
onnx_program.save("model.onnx")

session = ort.InferenceSession(
    "model.onnx", providers=["CPUExecutionProvider"]
)
for arg in session.get_inputs() + session.get_outputs():
    print(f"{arg.name}: {arg.shape}")

for n in [3, 7]:
    x = torch.randn(n, 16)
    (got,) = session.run(None, {"features": x.numpy(force=True)})
    with torch.no_grad():
        want = model(x).numpy(force=True)
    diff = np.abs(got - want).max()
    print(f"batch {n}: {got.shape}, max abs diff < 1e-5: {diff < 1e-5}")
