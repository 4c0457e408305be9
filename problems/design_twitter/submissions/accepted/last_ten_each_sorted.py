from collections import defaultdict
from typing import List


class Twitter:
    def __init__(self):
        self.time = 0
        self.posts = defaultdict(list)
        self.follows = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.time += 1
        self.posts[userId].append((self.time, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        pool = list(self.posts[userId][-10:])
        for other in self.follows[userId]:
            if other != userId:
                pool.extend(self.posts[other][-10:])
        pool.sort(reverse=True)
        return [tweet for _, tweet in pool[:10]]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.follows[followerId].discard(followeeId)
