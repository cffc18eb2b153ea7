"""What Say So does with each XLSForm question type it cannot ask as it is."""

from __future__ import annotations

from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

RECORDED_ANYWAY = "Say So records when the answers were given, so nothing is lost."
METADATA = {
    "start": RECORDED_ANYWAY,
    "end": RECORDED_ANYWAY,
    "today": RECORDED_ANYWAY,
    "deviceid": "Say So does not collect device or phone details, so this is left out.",
    "subscriberid": "Say So does not collect device or phone details, so this is left out.",
    "simserial": "Say So does not collect device or phone details, so this is left out.",
    "phonenumber": "Say So does not collect device or phone details, so this is left out.",
    "username": "Say So answers carry no names, so this is left out.",
    "email": "Say So answers carry no names, so this is left out.",
    "audit": "Say So keeps no audit log of answers, so this is left out.",
}
AS_TYPED_WORDS = {
    "decimal": "a decimal number",
    "date": "a date",
    "time": "a time",
    "dateTime": "a date and time",
    "datetime": "a date and time",
    "select one external": "an answer from an outside list",
}
LEFT_OUT = {
    "calculate": "Say So does not calculate values, so this is left out.",
    "hidden": "Say So has no hidden values, so this is left out.",
    "geopoint": "Say So does not record places, so this question is left out.",
    "geotrace": "Say So does not record places, so this question is left out.",
    "geoshape": "Say So does not record places, so this question is left out.",
    "photo": "Say So does not take photos or files, so this question is left out.",
    "image": "Say So does not take photos or files, so this question is left out.",
    "audio": "Say So does not record sound, so this question is left out.",
    "background-audio": "Say So does not record sound, so this question is left out.",
    "video": "Say So does not record video, so this question is left out.",
    "file": "Say So does not take photos or files, so this question is left out.",
    "barcode": "Say So does not scan barcodes, so this question is left out.",
    "acknowledge": "Say So has no tick-to-confirm question, so this is left out.",
    "trigger": "Say So has no tick-to-confirm question, so this is left out.",
    "rank": "Say So has no ranking question, so this question is left out.",
    "xml-external": "Say So does not read outside data, so this is left out.",
    "csv-external": "Say So does not read outside data, so this is left out.",
    "start-geopoint": "Say So does not record places, so this is left out.",
}
SINGLE = {"select one"}
MULTIPLE = {"select all that apply"}
UNUSED_BINDS = {
    "constraint": "the constraint is not checked",
    "calculate": "the calculation is not done",
    "readonly": "read-only is not kept: participants can answer it",
    "jr:constraintMsg": "the constraint message is not shown",
    "jr:requiredMsg": "the required message is not shown",
    "jr:preload": "preloaded values are not filled in",
}
ASKED = {"text", "integer", "note", "range", *SINGLE, *MULTIPLE}
KNOWN = [*ASKED, *METADATA, *AS_TYPED_WORDS, *LEFT_OUT]


def canonical_type(kind: str) -> str:
    """The usual name of a question type that XLSForm also knows by an older one ("int")."""
    entry = QUESTION_TYPE_DICT.get(kind)
    if kind in KNOWN or entry is None:
        return kind
    return next((name for name in KNOWN if QUESTION_TYPE_DICT.get(name) == entry), kind)
