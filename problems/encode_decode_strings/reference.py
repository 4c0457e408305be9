class Codec:
    """Each string as its length, a colon, then the string itself."""

    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(s)}:{s}" for s in strs)

    def decode(self, s: str) -> List[str]:
        out = []
        i = 0
        while i < len(s):
            colon = s.index(":", i)
            end = colon + 1 + int(s[i:colon])
            out.append(s[colon + 1 : end])
            i = end
        return out
