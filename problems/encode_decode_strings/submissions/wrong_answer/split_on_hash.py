class Codec:
    def encode(self, strs):
        return "#".join(strs)

    def decode(self, s):
        return s.split("#")
