"""Trains ${{ values.name }} and logs its parameters and metrics to MLflow.

In an Azure ML job MLflow already points at the workspace's tracking server;
run locally, it writes to ./mlruns.
"""

import argparse
import math
import os

import mlflow


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True, help="folder with the training data")
    parser.add_argument("--epochs", type=int, default=${{ values.epochs }})
    parser.add_argument("--learning-rate", type=float, default=${{ values.learningRate }})
    return parser.parse_args()


def count_files(folder: str) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def train(args: argparse.Namespace) -> None:
    mlflow.log_params(
        {"epochs": args.epochs, "learning_rate": args.learning_rate, "data": args.data}
    )
    examples = count_files(args.data)
    mlflow.log_metric("examples", examples)
    # Replace this loop with the real model: it only shows how metrics are logged per step.
    for epoch in range(1, args.epochs + 1):
        loss = math.exp(-args.learning_rate * 100 * epoch)
        mlflow.log_metric("loss", loss, step=epoch)
        mlflow.log_metric("accuracy", 1 - loss, step=epoch)


if __name__ == "__main__":
    with mlflow.start_run():
        train(parse_args())
