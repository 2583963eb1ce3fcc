"""Weighted, L2-regularised logistic regression by Newton steps, shared by the summary fitting scripts.

The last column of ``x`` is the bias (a column of ones): it is not shrunk. ``w`` weighs each row (the
scripts make every article weigh the same); the weights are rescaled to sum to the number of rows.
"""

from __future__ import annotations

import numpy as np


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float, *, tol: float) -> np.ndarray:
    """The coefficients (bias last) after Newton steps until no coefficient moves by ``tol`` (50 at most)."""
    w = w / w.sum() * len(w)
    beta = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ beta))
        grad = x.T @ (w * (p - y)) + reg @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < tol:
            break
    return beta
