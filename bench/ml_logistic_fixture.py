"""Writes src/ml/fixtures/sklearn-logistic.json: a small synthetic design matrix, its outcome, and
scikit-learn's LogisticRegression coefficients for L2 and L1 penalties at several values of C.
The Galen test suite compares its own solver with these numbers without needing Python.

    /usr/bin/python3 bench/ml_logistic_fixture.py      (needs Debian's python3-sklearn)
"""
import json
import sys

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

rng = np.random.default_rng(20240601)
n, p = 240, 6
# Correlated features on different scales, so the solver is tested off the easy (standardized) case.
base = rng.normal(size=(n, p))
base[:, 1] = 0.6 * base[:, 0] + 0.8 * base[:, 1]
scales = np.array([1.0, 2.0, 0.5, 10.0, 1.0, 0.1])
X = base * scales
X[:, 4] = (X[:, 4] > 0.3).astype(float)  # a binary feature
true_w = np.array([1.2, -0.8, 0.0, 0.05, 0.7, 0.0])
logit = -0.4 + X @ true_w
y = (rng.uniform(size=n) < 1 / (1 + np.exp(-logit))).astype(int)

cases = []
for penalty, C in [("l2", 1.0), ("l2", 0.05), ("l2", 100.0), ("l1", 1.0), ("l1", 0.05)]:
    if penalty == "l2":
        model = LogisticRegression(penalty="l2", C=C, solver="lbfgs", tol=1e-12, max_iter=100000)
    else:
        # saga leaves the intercept unpenalized, which is the objective Galen solves.
        model = LogisticRegression(penalty="l1", C=C, solver="saga", tol=1e-12, max_iter=1000000)
    model.fit(X, y)
    cases.append({"penalty": penalty, "C": C, "coef": model.coef_[0].tolist(), "intercept": float(model.intercept_[0])})

out = {
    "producedBy": "bench/ml_logistic_fixture.py",
    "sklearn": sklearn.__version__,
    "X": [[round(v, 12) for v in row] for row in X.tolist()],
    "y": y.tolist(),
    "cases": cases,
}
path = sys.argv[1] if len(sys.argv) > 1 else "src/ml/fixtures/sklearn-logistic.json"
with open(path, "w") as fh:
    json.dump(out, fh)
print(f"wrote {path}: {n} rows x {p} features, {len(cases)} fits, scikit-learn {sklearn.__version__}")
