import onnxruntime as ort
import torch
from onnxruntime.capi.onnxruntime_pybind11_state import InvalidArgument
from torch import nn

model = nn.Linear(16, 4).eval()
onnx_program = torch.onnx.export(
    model,
    (torch.randn(2, 16),),  # no dynamic_shapes: batch is fixed at 2
    input_names=["features"],
    dynamo=True,
    verbose=False,
)
onnx_program.save("fixed.onnx")

session = ort.InferenceSession(
    "fixed.onnx", providers=["CPUExecutionProvider"]
)
print("input shape:", session.get_inputs()[0].shape)
try:
    session.run(None, {"features": torch.randn(3, 16).numpy(force=True)})
except InvalidArgument as err:
    print(f"{type(err).__name__}: {err}")
