import json


class Codec:
    def encode(self, strs):
        return json.dumps(strs)

    def decode(self, s):
        return json.loads(s)
