"""scikit-learn reference for bench/ml.ts: the same datasets and the same folds, written by the
TypeScript benchmark to a temporary folder, fitted with LogisticRegression (L2, C=1) and
HistGradientBoostingClassifier (default parameters) behind the same preprocessing as Galen's
(fitted on each training fold only). Prints one JSON object on stdout.

    /usr/bin/python3 bench/ml_sklearn.py DIR      (DIR holds manifest.json and the .f64 files)
"""
import json
import os
import sys
import time

try:
    import numpy as np
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
except ImportError as error:  # reported by the TypeScript side
    print(json.dumps({"error": f"scikit-learn is not available: {error}"}))
    sys.exit(0)


def design(columns, kinds, train, rows, linear):
    """Galen's preprocessing: mean imputation + missing indicators + one-hot + standardization
    (linear), or raw values with NaN + one-hot with NaN for missing categories (trees)."""
    out = []
    for values, kind in zip(columns, kinds):
        tr = values[train]
        if kind == "numeric":
            missing = np.isnan(values[rows])
            if linear:
                mean = np.nanmean(tr) if np.any(~np.isnan(tr)) else 0.0
                out.append(np.where(missing, mean, values[rows]))
                if np.any(np.isnan(tr)):
                    out.append(missing.astype(float))
            else:
                out.append(values[rows])
        else:
            cats = np.unique(tr[~np.isnan(tr)])
            v = values[rows]
            missing = np.isnan(v)
            for c in cats:
                col = (v == c).astype(float)
                if not linear:
                    col[missing] = np.nan
                out.append(col)
            if linear and np.any(np.isnan(tr)):
                out.append(missing.astype(float))
    return np.column_stack(out)


def standardize(x_train, x_test):
    mean = x_train.mean(axis=0)
    sd = x_train.std(axis=0)
    sd[sd < 1e-12] = 1.0
    return (x_train - mean) / sd, (x_test - mean) / sd


def run(directory):
    manifest = json.load(open(os.path.join(directory, "manifest.json")))
    results = []
    for ds in manifest["datasets"]:
        n, p = ds["n"], ds["p"]
        data = np.fromfile(os.path.join(directory, ds["file"]), dtype="<f8").reshape(p, n)
        columns = [data[j] for j in range(p)]
        y = np.array(ds["y"], dtype=int)
        folds = np.array(ds["folds"], dtype=int)
        k = folds.max() + 1
        for algorithm in manifest.get("algorithms", ["logistic", "gbdt"]):
            oof = np.zeros(n)
            seconds = 0.0
            cpu_seconds = 0.0
            for fold in range(k):
                train = np.where(folds != fold)[0]
                test = np.where(folds == fold)[0]
                linear = algorithm == "logistic"
                started = time.perf_counter()
                cpu_started = time.process_time()
                x_train = design(columns, ds["kinds"], train, train, linear)
                x_test = design(columns, ds["kinds"], train, test, linear)
                if linear:
                    x_train, x_test = standardize(x_train, x_test)
                    model = LogisticRegression(C=1.0, max_iter=1000)
                else:
                    model = HistGradientBoostingClassifier(random_state=fold)
                model.fit(x_train, y[train])
                seconds += time.perf_counter() - started
                cpu_seconds += time.process_time() - cpu_started
                oof[test] = model.predict_proba(x_test)[:, 1]
            results.append({"dataset": ds["name"], "algorithm": algorithm, "auroc": float(roc_auc_score(y, oof)), "trainSeconds": seconds, "trainCpuSeconds": cpu_seconds})
    return {"sklearn": sklearn.__version__, "threads": os.cpu_count(), "results": results}


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1])))
