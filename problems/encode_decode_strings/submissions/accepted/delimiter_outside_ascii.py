class Codec:
    # every character of the input is below 256, so chr(257) can never appear in it
    SEP = chr(257)

    def encode(self, strs):
        return self.SEP.join(strs)

    def decode(self, s):
        return s.split(self.SEP)
