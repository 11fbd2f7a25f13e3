#!/usr/bin/env python3
"""fmnist-epoch in PyTorch, as its tutorials train: nn.Sequential(Linear(784,128), ReLU, Linear(128,10)),
CrossEntropyLoss, Adam(lr=1e-3), a DataLoader over a TensorDataset (batch 32, shuffle=True).
Reads Debian's Fashion-MNIST files; prints one JSON line: wall and process-CPU seconds per epoch and the final test accuracy.
Usage: python3 benchmarks/peers/fmnist_torch.py [epochs] (default 6; the first is the warm-up)."""
import gzip, json, sys, time
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

FOLDER = "/usr/share/datasets/fashion-mnist/"


def idx(name, offset):
    with gzip.open(FOLDER + name) as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    torch.manual_seed(1)
    x = torch.from_numpy(idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / 255)
    y = torch.from_numpy(idx("train-labels-idx1-ubyte.gz", 8).astype(np.int64))
    tx = torch.from_numpy(idx("t10k-images-idx3-ubyte.gz", 16).reshape(-1, 784).astype(np.float32) / 255)
    ty = torch.from_numpy(idx("t10k-labels-idx1-ubyte.gz", 8).astype(np.int64))
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    loader = DataLoader(TensorDataset(x, y), batch_size=32, shuffle=True)
    seconds, cpu = [], []
    for _ in range(epochs):
        start, start_cpu = time.perf_counter(), time.process_time()
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    with torch.no_grad():
        accuracy = (model(tx).argmax(1) == ty).float().mean().item()
    print(json.dumps({"peer": "PyTorch %s DataLoader loop" % torch.__version__, "threads": torch.get_num_threads(),
                      "blas": "see torch.__config__.show()", "epoch_seconds": seconds, "epoch_cpu_seconds": cpu, "test_accuracy": accuracy}))


if __name__ == "__main__":
    main()
