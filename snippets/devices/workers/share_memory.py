# cpu-only: a forked child cannot use CUDA; CUDA tensors are shared via spawn
import torch
import torch.multiprocessing as mp

# fork: the child starts as a copy of this process, so it needs no
# importable __main__ module (spawn would re-import this script)
ctx = mp.get_context("fork")


def add_one(tensor):
    tensor.add_(1)  # in place, in the child process


def run_child(tensor):
    child = ctx.Process(target=add_one, args=(tensor,))
    child.start()
    child.join()
    return child.exitcode


private = torch.zeros(3)
shared = torch.zeros(3).share_memory_()  # moves its storage to shared memory
print("is_shared:", private.is_shared(), shared.is_shared())
for name, tensor in (("private", private), ("shared", shared)):
    exitcode = run_child(tensor)
    print(f"{name:>7} after the child (exit {exitcode}):", tensor.tolist())


# A tensor put on a torch.multiprocessing queue is moved to shared memory
# on the way: the receiving process works on the sender's storage.
def fill_received(queue):
    queue.get().fill_(7)


queue = ctx.SimpleQueue()
child = ctx.Process(target=fill_received, args=(queue,))
child.start()
sent = torch.zeros(3)
queue.put(sent)
child.join()
print("sent through a queue:", sent.is_shared(), sent.tolist())
