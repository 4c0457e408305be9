class Codec:
    def encode(self, strs):
        # '/' escapes itself and the separator; every string ends with '#'
        return "".join(s.replace("/", "//").replace("#", "/#") + "#" for s in strs)

    def decode(self, s):
        out, cur, i = [], [], 0
        while i < len(s):
            c = s[i]
            if c == "/":
                cur.append(s[i + 1])
                i += 2
                continue
            if c == "#":
                out.append("".join(cur))
                cur = []
            else:
                cur.append(c)
            i += 1
        return out
