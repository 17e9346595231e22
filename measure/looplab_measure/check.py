"""Which of the packages a measurement needs this Python lacks. Imports nothing at module
level beyond the standard library, so it answers on any Python 3."""

import json
import platform
import sys

REQUIRED = ("fastapi", "uvicorn", "httpx")
MIN_PYTHON = (3, 8)


def check():
    out = {
        "python": platform.python_version(),
        "executable": sys.executable,
        "too_old": sys.version_info[:2] < MIN_PYTHON,
        "gil": getattr(sys, "_is_gil_enabled", lambda: True)(),
        "missing": [],
        "broken": {},
        "versions": {},
    }
    for name in REQUIRED:
        try:
            module = __import__(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                out["missing"].append(name)
            else:  # installed, but one of its own dependencies is not
                out["broken"][name] = f"{type(e).__name__}: {e}"
            continue
        except Exception as e:  # noqa: BLE001 - any import-time failure means unusable
            out["broken"][name] = f"{type(e).__name__}: {e}"
            continue
        out["versions"][name] = getattr(module, "__version__", None)
    return out


if __name__ == "__main__":
    print(json.dumps(check()))
