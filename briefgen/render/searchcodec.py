"""Posting lists: which documents hold a term, with a 2-bit weight each, as compact text (base64).

A posting is the integer `id << 2 | weight` (weight 1–3, see `searchtext`). A term's
postings are cut into blocks of `BLOCK` consecutive document ids, each encoded on its own:

    varint(block number)  varint(count)  payload
    payload: count < DENSE:  count × uint16 little-endian (offset << 2 | weight), ascending
             count ≥ DENSE:  a bitmap of 2 bits per slot (slot o: byte o >> 2, bits 2·(o & 3)),
                             256 bytes — smaller than the list once a block is 1/8 full

(varint: 7 bits per byte, low first, high bit set on all bytes but the last.) A term's
blocks are concatenated in ascending order and the bytes base64-encoded for JSON; `search.js`
decodes the same layout. Blocks exist so that adding or removing one document changes one
block of each of its terms: an edit re-encodes a few hundred bytes per term instead of a
common word's whole list (100,000 postings).
"""
from __future__ import annotations

import base64
import sys
from array import array
from bisect import bisect_left
from typing import Iterable, Mapping

BLOCK_BITS = 10
BLOCK = 1 << BLOCK_BITS  # document ids per block
DENSE = 128  # postings from which a block is a bitmap (2 × 128 bytes = the bitmap's 256)
_OFFSET_MASK = (BLOCK << 2) - 1  # offset << 2 | weight within a block


def _varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def encode_block(number: int, postings: list[int]) -> bytes:
    """One block: `postings` are ascending `id << 2 | weight` values, all with `id >> BLOCK_BITS == number`."""
    head = _varint(number) + _varint(len(postings))
    if len(postings) < DENSE:
        low = array("H", [p & _OFFSET_MASK for p in postings])
        if sys.byteorder != "little":
            low.byteswap()
        return head + low.tobytes()
    slots = bytearray(BLOCK)
    for p in postings:
        slots[(p >> 2) & (BLOCK - 1)] = p & 3
    # Four slots to a byte: slot 4j + q goes to bits 2q of byte j. Each slot's value fits
    # in its byte's low 2 bits, so shifting a whole plane (one big integer) by 2q moves
    # every byte's value into place without touching its neighbours.
    packed = 0
    for quarter in range(4):
        packed |= int.from_bytes(slots[quarter::4], "little") << (2 * quarter)
    return head + packed.to_bytes(BLOCK >> 2, "little")


def decode_block(data: bytes, pos: int) -> tuple[int, list[int], int]:
    """(block number, its postings, position after it) of the block at `pos`."""
    number, pos = _read_varint(data, pos)
    count, pos = _read_varint(data, pos)
    base = number << (BLOCK_BITS + 2)
    if count < DENSE:
        end = pos + 2 * count
        low = array("H", data[pos:end])
        if sys.byteorder != "little":
            low.byteswap()
        return number, [base | p for p in low], end
    postings = []
    for byte_index in range(BLOCK >> 2):
        byte = data[pos + byte_index]
        if byte:
            for quarter in range(4):
                weight = (byte >> (quarter << 1)) & 3
                if weight:
                    postings.append(base | ((byte_index << 2 | quarter) << 2) | weight)
    return number, postings, pos + (BLOCK >> 2)


def _blocks(data: bytes) -> list[tuple[int, int, int]]:
    """(block number, start, end) of every block, without decoding the payloads."""
    found = []
    pos = 0
    while pos < len(data):
        start = pos
        number, pos = _read_varint(data, pos)
        count, pos = _read_varint(data, pos)
        pos += 2 * count if count < DENSE else BLOCK >> 2
        found.append((number, start, pos))
    return found


def encode(postings: list[int] | Iterable[int]) -> str:
    """Ascending postings → the term's text (base64 of its blocks)."""
    postings = postings if isinstance(postings, list) else list(postings)
    parts = []
    lo = 0
    while lo < len(postings):
        number = postings[lo] >> (BLOCK_BITS + 2)
        hi = bisect_left(postings, (number + 1) << (BLOCK_BITS + 2), lo)
        parts.append(encode_block(number, postings[lo:hi]))
        lo = hi
    return base64.b64encode(b"".join(parts)).decode("ascii")


def decode(text: str) -> list[int]:
    """The term's text → its ascending postings."""
    data = base64.b64decode(text)
    postings: list[int] = []
    pos = 0
    while pos < len(data):
        _, found, pos = decode_block(data, pos)
        postings += found
    return postings


def update(text: str, removed: Iterable[int], added: Mapping[int, int]) -> str:
    """The term's text with documents `removed` (ids) taken out and `added` (id → weight) put in or replaced.

    Only the blocks those ids fall in are decoded and encoded again.
    """
    data = base64.b64decode(text) if text else b""
    changes: dict[int, tuple[set[int], dict[int, int]]] = {}
    for doc in removed:
        changes.setdefault(doc >> BLOCK_BITS, (set(), {}))[0].add(doc)
    for doc, weight in added.items():
        changes.setdefault(doc >> BLOCK_BITS, (set(), {}))[1][doc] = weight
    parts: list[bytes] = []
    blocks = _blocks(data)
    numbers = [b[0] for b in blocks]
    done = set()
    for number in sorted(set(numbers) | set(changes)):
        if number not in changes:
            _, start, end = blocks[bisect_left(numbers, number)]
            parts.append(data[start:end])
            continue
        done.add(number)
        index = bisect_left(numbers, number)
        current = {}
        if index < len(numbers) and numbers[index] == number:
            _, found, _ = decode_block(data, blocks[index][1])
            current = {p >> 2: p & 3 for p in found}
        gone, put = changes[number]
        for doc in gone:
            current.pop(doc, None)
        current.update(put)
        if current:
            parts.append(encode_block(number, [doc << 2 | current[doc] for doc in sorted(current)]))
    return base64.b64encode(b"".join(parts)).decode("ascii")
