/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export type DataSpec = {
  name: string;
  dataType: 'uri_file' | 'uri_folder' | 'mltable';
  description: string;
  /** Folder of the data in the workspace's blob store. */
  path: string;
  versions: number;
};

export type EnvironmentSpec = {
  name: string;
  description: string;
  image: string;
  /** A conda file layered on the image from version 2 on. */
  conda?: string;
  versions: number;
};

export type ModelSpec = {
  name: string;
  description: string;
  modelType: 'mlflow_model' | 'custom_model';
  /** The MLflow flavor, for MLflow models. */
  flavor?: string;
};

export type EndpointSpec = {
  name: string;
  description: string;
  /** Index into the theme's models. */
  model: number;
  /** Blue/green (90/10) between the model's last two versions, or one deployment. */
  blueGreen: boolean;
};

/** What a team's generated ML assets are about. */
export type MlTheme = {
  experiments: [string, string, string];
  data: DataSpec[];
  environments: EnvironmentSpec[];
  models: [ModelSpec, ModelSpec];
  endpoints: EndpointSpec[];
  /** Metrics training jobs log (MLflow serves their values). */
  metrics: string[];
  objective: { primaryMetric: string; goal: 'Maximize' | 'Minimize' };
  trainCommand: string;
  gpuSize: string;
  /** Online endpoints on a Kubernetes compute attached to the workspace, or managed ones. */
  inference: 'Kubernetes' | 'Managed';
};

const CUDA_IMAGE =
  'mcr.microsoft.com/azureml/openmpi4.1.0-cuda11.8-cudnn8-ubuntu22.04';
const CPU_IMAGE = 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04';
const conda = (...deps: string[]) =>
  `name: env\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - pip\n  - pip:\n${deps
    .map(d => `      - ${d}`)
    .join('\n')}\n`;

const vision: MlTheme = {
  experiments: ['resnet-finetune', 'defect-detection', 'augmentation-study'],
  data: [
    {
      name: 'defect-images',
      dataType: 'uri_folder',
      description: 'Labelled photos of production-line defects',
      path: 'vision/defect-images',
      versions: 3,
    },
    {
      name: 'defect-labels',
      dataType: 'uri_file',
      description: 'Bounding boxes and classes, one CSV row per image',
      path: 'vision/defect-labels',
      versions: 2,
    },
    {
      name: 'parts-catalog',
      dataType: 'mltable',
      description: 'Part numbers with reference images',
      path: 'vision/parts-catalog',
      versions: 2,
    },
    {
      name: 'holdout-images',
      dataType: 'uri_folder',
      description: 'Images kept out of training for evaluation',
      path: 'vision/holdout-images',
      versions: 1,
    },
  ],
  environments: [
    {
      name: 'pytorch-vision-gpu',
      description: 'PyTorch 2 with torchvision on CUDA 11.8',
      image: CUDA_IMAGE,
      conda: conda(
        'torch==2.2.0',
        'torchvision==0.17.0',
        'mlflow==2.11.1',
        'azureml-mlflow==1.55.0',
      ),
      versions: 2,
    },
    {
      name: 'opencv-preprocess',
      description: 'OpenCV and albumentations for image preprocessing',
      image: CPU_IMAGE,
      conda: conda('opencv-python-headless==4.9.0.80', 'albumentations==1.4.0'),
      versions: 2,
    },
    {
      name: 'onnx-inference',
      description: 'ONNX Runtime scoring image',
      image: 'mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference',
      versions: 1,
    },
  ],
  models: [
    {
      name: 'defect-classifier',
      description: 'ResNet-50 fine-tuned to classify surface defects',
      modelType: 'mlflow_model',
      flavor: 'pytorch',
    },
    {
      name: 'parts-detector',
      description: 'YOLO-style detector for parts on the conveyor',
      modelType: 'custom_model',
    },
  ],
  endpoints: [
    {
      name: 'defect-classifier',
      description: 'Scores conveyor photos for defects',
      model: 0,
      blueGreen: true,
    },
    {
      name: 'parts-detector',
      description: 'Finds parts in conveyor photos',
      model: 1,
      blueGreen: false,
    },
  ],
  metrics: ['loss', 'accuracy', 'val_loss', 'val_accuracy', 'learning_rate'],
  objective: { primaryMetric: 'val_accuracy', goal: 'Maximize' },
  trainCommand:
    'python train.py --data ${{inputs.training_data}} --lr ${{inputs.learning_rate}} --epochs 20 --output ${{outputs.model}}',
  gpuSize: 'Standard_NC6s_v3',
  inference: 'Kubernetes',
};

const nlp: MlTheme = {
  experiments: [
    'sentiment-distilbert',
    'summarization-t5',
    'tokenizer-ablation',
  ],
  data: [
    {
      name: 'product-reviews',
      dataType: 'mltable',
      description: 'Customer reviews with star ratings',
      path: 'nlp/product-reviews',
      versions: 3,
    },
    {
      name: 'news-articles',
      dataType: 'uri_folder',
      description: 'News articles with reference summaries',
      path: 'nlp/news-articles',
      versions: 2,
    },
    {
      name: 'sentiment-labels',
      dataType: 'uri_file',
      description: 'Hand-checked sentiment labels',
      path: 'nlp/sentiment-labels',
      versions: 2,
    },
  ],
  environments: [
    {
      name: 'hf-transformers-gpu',
      description: 'Hugging Face transformers and datasets on CUDA',
      image: CUDA_IMAGE,
      conda: conda(
        'transformers==4.38.2',
        'datasets==2.18.0',
        'mlflow==2.11.1',
      ),
      versions: 2,
    },
    {
      name: 'spacy-cpu',
      description: 'spaCy for tokenization experiments',
      image: CPU_IMAGE,
      conda: conda('spacy==3.7.4'),
      versions: 2,
    },
  ],
  models: [
    {
      name: 'sentiment-classifier',
      description: 'DistilBERT fine-tuned on product reviews',
      modelType: 'mlflow_model',
      flavor: 'transformers',
    },
    {
      name: 'news-summarizer',
      description: 'T5-small fine-tuned to summarise news',
      modelType: 'mlflow_model',
      flavor: 'transformers',
    },
  ],
  endpoints: [
    {
      name: 'sentiment',
      description: 'Sentiment of a review',
      model: 0,
      blueGreen: true,
    },
    {
      name: 'summarize',
      description: 'Summaries of articles',
      model: 1,
      blueGreen: false,
    },
  ],
  metrics: ['loss', 'eval_loss', 'f1', 'accuracy', 'rouge_l'],
  objective: { primaryMetric: 'f1', goal: 'Maximize' },
  trainCommand:
    'python finetune.py --train ${{inputs.training_data}} --learning-rate ${{inputs.learning_rate}} --output-dir ${{outputs.model}}',
  gpuSize: 'Standard_NC6s_v3',
  inference: 'Managed',
};

const sandbox: MlTheme = {
  experiments: ['quickstart-iris', 'churn-baseline', 'notebook-experiments'],
  data: [
    {
      name: 'iris',
      dataType: 'uri_file',
      description: 'The iris data set as CSV',
      path: 'sandbox/iris',
      versions: 1,
    },
    {
      name: 'customer-churn',
      dataType: 'mltable',
      description: 'Telco churn table',
      path: 'sandbox/customer-churn',
      versions: 2,
    },
    {
      name: 'scratch',
      dataType: 'uri_folder',
      description: 'Scratch space for notebooks',
      path: 'sandbox/scratch',
      versions: 2,
    },
  ],
  environments: [
    {
      name: 'sklearn-cpu',
      description: 'scikit-learn with MLflow',
      image: CPU_IMAGE,
      conda: conda('scikit-learn==1.4.1', 'mlflow==2.11.1'),
      versions: 2,
    },
    {
      name: 'lightgbm-cpu',
      description: 'LightGBM for tabular baselines',
      image: CPU_IMAGE,
      versions: 2,
    },
  ],
  models: [
    {
      name: 'iris-classifier',
      description: 'Logistic regression on iris',
      modelType: 'mlflow_model',
      flavor: 'sklearn',
    },
    {
      name: 'churn-baseline',
      description: 'LightGBM churn baseline',
      modelType: 'custom_model',
    },
  ],
  endpoints: [
    {
      name: 'iris',
      description: 'Iris species from measurements',
      model: 0,
      blueGreen: true,
    },
  ],
  metrics: ['accuracy', 'precision', 'recall', 'log_loss'],
  objective: { primaryMetric: 'accuracy', goal: 'Maximize' },
  trainCommand:
    'python train.py --data ${{inputs.training_data}} --C ${{inputs.learning_rate}} --model-dir ${{outputs.model}}',
  gpuSize: 'Standard_DS3_v2',
  inference: 'Managed',
};

const research: MlTheme = {
  experiments: ['molecule-gnn', 'graph-nn-sweep', 'rl-benchmark'],
  data: [
    {
      name: 'molecules',
      dataType: 'mltable',
      description: 'Molecules with measured properties (parquet)',
      path: 'research/molecules',
      versions: 3,
    },
    {
      name: 'benchmark-suite',
      dataType: 'uri_folder',
      description: 'Environments and seeds of the RL benchmark',
      path: 'research/benchmark-suite',
      versions: 2,
    },
    {
      name: 'experiment-config',
      dataType: 'uri_file',
      description: 'Shared experiment configuration (YAML)',
      path: 'research/experiment-config',
      versions: 2,
    },
  ],
  environments: [
    {
      name: 'jax-gpu',
      description: 'JAX and Flax on CUDA',
      image: CUDA_IMAGE,
      conda: conda('jax[cuda11_pip]==0.4.25', 'flax==0.8.2'),
      versions: 2,
    },
    {
      name: 'pytorch-geometric',
      description: 'PyTorch Geometric for graph networks',
      image: CUDA_IMAGE,
      conda: conda('torch==2.2.0', 'torch-geometric==2.5.0'),
      versions: 2,
    },
  ],
  models: [
    {
      name: 'molecule-gnn',
      description: 'Graph network predicting solubility',
      modelType: 'custom_model',
    },
    {
      name: 'policy-net',
      description: 'Policy network from the RL benchmark',
      modelType: 'mlflow_model',
      flavor: 'pytorch',
    },
  ],
  endpoints: [
    {
      name: 'solubility',
      description: 'Predicted solubility of a molecule',
      model: 0,
      blueGreen: true,
    },
  ],
  metrics: ['loss', 'val_loss', 'mae', 'reward'],
  objective: { primaryMetric: 'val_loss', goal: 'Minimize' },
  trainCommand:
    'python -m research.train --config ${{inputs.training_data}} --lr ${{inputs.learning_rate}} --out ${{outputs.model}}',
  gpuSize: 'Standard_NC24ads_A100_v4',
  inference: 'Managed',
};

const THEMES: Record<string, MlTheme> = { vision, nlp, sandbox, research };

/** The theme of a team's workspace; teams without one get the sandbox's. */
export function themeOf(team: string): MlTheme {
  return THEMES[team] ?? sandbox;
}

/** Teams that have a theme, in a fixed order (for generated estates). */
export const THEMED_TEAMS = Object.keys(THEMES);
