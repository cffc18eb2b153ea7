"""Picture files for tests: a small clear one, a broken one, a huge one, and a survey using them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from surveys.pictures import MAX_PICTURE_BYTES

SURVEY = """\
id: pictures
version: 1
title: Pictures
audiences:
  - id: young_person
    text: I am a young person
consent: Is that OK?
help: Please talk to a member of staff.
next_steps: We will read every answer.
questions:
  - id: day
    type: yes_no
    text: Did you like today?
    symbol: ⭐
    picture: {picture}
  - id: food
    type: single_choice
    text: What food did you like?
    symbol: 🍕
    options:
      - id: fruit
        text: Fruit
        picture: {option_picture}
      - id: cake
        text: Cake
"""


OPTION_SURVEY = """\
id: option-pictures
version: 1
title: Option pictures
audiences:
  - id: young_person
    text: I am a young person
consent: Is that OK?
help: Please talk to a member of staff.
next_steps: We will read every answer.
questions:
  - id: pet
    type: single_choice
    text: Which pet do you like?
    symbol: 🐾
    options:
      - {{id: cat, text: A cat, symbol: 🐱, picture: {cat}}}
      - {{id: dog, text: A dog, symbol: 🐶, picture: {dog}}}
  - id: food
    type: single_choice
    text: What food do you like?
    symbol: 🍕
    options:
      - {{id: fruit, text: Fruit, symbol: 🍎, picture: {cat}}}
      - {{id: cake, text: Cake, symbol: 🍰, picture: {dog}}}
      - {{id: chips, text: Chips, symbol: 🍟, picture: {cat}}}
      - {{id: none, text: None of these, symbol: 🚫}}
  - id: doing
    type: picture_sort
    text: What do you like doing?
    symbol: 🎨
    items:
      - {{id: art, text: Art, symbol: 🎨, picture: {cat}}}
      - {{id: sport, text: Sport, symbol: ⚽}}
"""


def clear_picture(path: Path, size: tuple[int, int] = (60, 60)) -> Path:
    """A red square on white, as a PNG."""
    image = Image.new("RGB", size, (255, 255, 255))
    image.paste((200, 30, 30), (size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4))
    image.save(path)
    return path


def broken_picture(path: Path) -> Path:
    """A file that starts like a PNG and then is not one."""
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 10)
    return path


def huge_picture(path: Path) -> Path:
    """A PNG file of more than the most the kiosk reads (its pixels do not matter)."""
    clear_picture(path)
    with path.open("ab") as file:
        file.write(b"\0" * (MAX_PICTURE_BYTES + 1))
    return path


def picture_survey(
    folder: Path,
    picture: str = "day.png",
    option_picture: str = "fruit.png",
    survey_picture: str | None = None,
) -> Path:
    """A survey file in `folder` whose first question and first option name these pictures.

    With `survey_picture`, the survey names that picture for itself, with the symbol 🎪.
    """
    text = SURVEY.format(picture=picture, option_picture=option_picture)
    if survey_picture is not None:
        text = text.replace(
            "title: Pictures\n", f"title: Pictures\nsymbol: 🎪\npicture: {survey_picture}\n"
        )
    path = folder / "pictures.yaml"
    path.write_text(text, "utf-8")
    return path


def option_picture_survey(folder: Path, cat: str = "cat.png", dog: str = "dog.png") -> Path:
    """A survey file in `folder` whose options and picture-sort item name these pictures."""
    path = folder / "option-pictures.yaml"
    path.write_text(OPTION_SURVEY.format(cat=cat, dog=dog), "utf-8")
    return path
