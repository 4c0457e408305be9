from typing import List


def partitionLabels(s: str) -> List[int]:
    last = [0] * 26
    for i, ch in enumerate(s):
        last[ord(ch) - ord("a")] = i
    out = []
    anchor = reach = 0
    for i, ch in enumerate(s):
        reach = max(reach, last[ord(ch) - ord("a")])
        if i == reach:
            out.append(i - anchor + 1)
            anchor = i + 1
    return out
