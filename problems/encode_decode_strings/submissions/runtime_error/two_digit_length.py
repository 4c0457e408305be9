class Codec:
    def encode(self, strs):
        return "".join(str(len(s)).zfill(2) + s for s in strs)

    def decode(self, s):
        out, i = [], 0
        while i < len(s):
            n = int(s[i : i + 2])  # a length of 100 or more has three digits
            out.append(s[i + 2 : i + 2 + n])
            i += 2 + n
        return out
