# Validation losses of an imagined run: a noisy bump at epoch 5,
# then a long plateau of tiny improvements, then overfitting.
val_losses = [0.90, 0.60, 0.45, 0.41, 0.43, 0.39, 0.385, 0.384]
val_losses += [0.3835, 0.383, 0.386, 0.39, 0.395, 0.40, 0.41]


def run(patience, min_delta):
    best_loss, best_epoch, bad_epochs = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses, start=1):
        if loss < best_loss - min_delta:
            best_loss, best_epoch, bad_epochs = loss, epoch, 0
        else:
            bad_epochs += 1
        if bad_epochs >= patience:
            break
    print(
        f"patience {patience}, min_delta {min_delta:<4}: stop at epoch",
        f"{epoch:2}, best epoch {best_epoch:2} ({best_loss:.4f})",
    )


run(patience=1, min_delta=0.0)
run(patience=3, min_delta=0.0)
run(patience=3, min_delta=0.01)
