class Solution:
    def partition(self, s: str) -> List[List[str]]:
        out = []
        pieces = []

        def cut(start):
            if start == len(s):
                out.append(pieces[:])
                return
            for end in range(start + 1, len(s) + 1):
                piece = s[start:end]
                if piece == piece[::-1]:
                    pieces.append(piece)
                    cut(end)
                    pieces.pop()

        cut(0)
        return out
