// Tweets per user with a global clock; the feed merges the followees' lists with a max-heap.
class Twitter {
    constructor() {
        this.time = 0;
        this.tweets = new Map();    // userId -> [[time, tweetId], ...]
        this.following = new Map(); // userId -> Set of followees
    }

    postTweet(userId, tweetId) {
        if (!this.tweets.has(userId)) this.tweets.set(userId, []);
        this.tweets.get(userId).push([this.time++, tweetId]);
    }

    getNewsFeed(userId) {
        const users = new Set(this.following.get(userId) || []);
        users.add(userId);
        const heap = new MaxPriorityQueue((e) => e.time);
        for (const u of users) {
            const list = this.tweets.get(u);
            if (list && list.length) {
                const i = list.length - 1;
                heap.enqueue({ time: list[i][0], id: list[i][1], list, i });
            }
        }
        const feed = [];
        while (feed.length < 10 && !heap.isEmpty()) {
            const { id, list, i } = heap.dequeue();
            feed.push(id);
            if (i > 0) heap.enqueue({ time: list[i - 1][0], id: list[i - 1][1], list, i: i - 1 });
        }
        return feed;
    }

    follow(followerId, followeeId) {
        if (!this.following.has(followerId)) this.following.set(followerId, new Set());
        this.following.get(followerId).add(followeeId);
    }

    unfollow(followerId, followeeId) {
        const set = this.following.get(followerId);
        if (set) set.delete(followeeId);
    }
}
