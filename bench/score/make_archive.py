#!/usr/bin/env python3
"""Wraps the shared benchmark corpus as a JSON Lines transcript archive for `garbo score`.

usage: python3 make_archive.py REPLIES_TSV OUT_JSONL

REPLIES_TSV is the replies.tsv written by ../shared/bench/gen_corpus.py (for a million replies:
gen_corpus.py --n 1000000 --out /tmp/corpus). Every reply becomes an agent turn, preceded by a
customer turn in the same conversation (one of five per language, thank-yous among them), with an
agent (40), a team (4) and a time spread over twelve weeks. Deterministic.
"""
import datetime
import json
import sys

CUSTOMER = {
    "en": ["Thanks so much!", "Where is my parcel? It was due yesterday.", "Can I change the delivery address?",
           "My refund has not arrived yet.", "Thank you for the quick reply."],
    "it": ["Grazie mille!", "Dov'è il mio pacco? Doveva arrivare ieri.", "Posso cambiare l'indirizzo di consegna?",
           "Il rimborso non è ancora arrivato.", "Grazie per la risposta veloce."],
}
START = datetime.datetime(2026, 1, 5, 8, 0, 0)


def main(tsv, out_path):
    n = 0
    with open(tsv, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            idx, lang, _file, _planted, reply = line.rstrip("\n").split("\t", 4)
            if idx == "index":
                continue
            i = int(idx)
            conv = f"c{i:07d}"
            ts = (START + datetime.timedelta(seconds=i * 7)).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.write(json.dumps({"conversation": conv, "id": conv + "-1", "role": "customer",
                                  "text": CUSTOMER[lang][i % 5], "time": ts, "lang": lang}, ensure_ascii=False) + "\n")
            out.write(json.dumps({"conversation": conv, "id": conv + "-2", "role": "agent", "text": reply,
                                  "agent": f"a{i % 40 + 1}", "team": f"t{i % 40 % 4 + 1}", "time": ts, "lang": lang},
                                 ensure_ascii=False) + "\n")
            n += 1
    print(f"{out_path}: {n} agent turns, {2 * n} records")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
