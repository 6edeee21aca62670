from typing import Literal

ReportNxPatchQOp = Literal["add", "remove", "replace"]

REPORT_NX_PATCH_Q_OP_VALUES: set[ReportNxPatchQOp] = {
    "add",
    "remove",
    "replace",
}


def check_report_nx_patch_q_op(value: str) -> ReportNxPatchQOp:
    if value in REPORT_NX_PATCH_Q_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_NX_PATCH_Q_OP_VALUES!r}")
