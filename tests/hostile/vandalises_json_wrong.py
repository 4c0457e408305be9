# expect: wrong_answer
import json
import json.decoder
import json.encoder

json.encoder.JSONEncoder.encode = lambda self, o: "0"
json.decoder.JSONDecoder.decode = lambda self, s: {"op": "bye"}
json._default_encoder = None


class Solution:
    def search(self, nums, target):
        return -999
