from typing import List


class Codec:
    def encode(self, strs: List[str]) -> str:
        """Encodes a list of strings to a single string."""
        return "".join("%03d" % len(s) + s for s in strs)

    def decode(self, s: str) -> List[str]:
        """Decodes a single string to a list of strings."""
        out = []
        i = 0
        while i < len(s):
            size = int(s[i : i + 3])
            out.append(s[i + 3 : i + 3 + size])
            i += 3 + size
        return out


# Your Codec object will be instantiated and called as such:
# codec = Codec()
# codec.decode(codec.encode(strs))
