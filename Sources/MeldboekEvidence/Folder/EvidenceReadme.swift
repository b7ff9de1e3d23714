// The two READMEs of an evidence folder: what it proves, and the exact commands to check it.

/// README.en.md and README.nl.md of an evidence folder.
enum EvidenceReadme {
    static func english(commands: [String], journalKey: String, cosigners: [String]) -> String {
        var text = """
            # Evidence from a Meldboek journal

            This folder proves that the journal entries in `revisions/` were written into the journal, unchanged, no later than the times its witnesses give. It can be checked offline, without Meldboek.

            - `revisions/NN.json`: a disclosed revision (or attachment): each field with its value and salt, or only its commitment when withheld; names hidden as pseudonyms show only a digest.
            - `revisions/NN.tlog-proof`: its inclusion proof in the journal's Merkle tree (c2sp.org/tlog-proof), with the signed checkpoint.
            - `checkpoints/N.txt`: a checkpoint (the tree's size and root) signed by the journal key, with any cosignatures by advisers (c2sp.org/tlog-cosignature).
            - `checkpoints/N-tsa-M.tsr` and `checkpoints/N-ots-M.txt.ots`: RFC 3161 timestamps and OpenTimestamps proofs of the checkpoint file beside them.
            - `index.json`, `keys.txt`: what belongs together, and the keys.

            ## Check everything

                python3 check.py

            It needs Python 3 and, for Ed25519 signatures, the package `cryptography` (`pip install cryptography`) or PyNaCl. It recomputes each revision's leaf from its disclosure, checks the inclusion proof against the checkpoint's root, the checkpoint's signature against the journal key, the cosignatures against the adviser keys, and that each timestamp stamps its checkpoint file. It prints, per revision, "committed no later than" the earliest witness it could check, and exits 0 only when everything checks.

            The journal key is printed below and in `keys.txt`. Compare it with one you received another way (from the adviser who cosigned, for example), and pass it explicitly: `python3 check.py --journal-key KEY --cosigner-key KEY`.

            Journal key: `\(journalKey)`

            """
        for key in cosigners { text += "Cosigner key: `\(key)`\n" }
        text += """

            ## Timestamps and OpenTimestamps

            A timestamp authority's signature is checked with OpenSSL, against that authority's CA certificate (`tsa-ca.pem` when it is in this folder; otherwise get it from the authority):

            """
        text += commands.isEmpty ? "\n(This folder has no timestamps.)\n" : "\n" + commands.map { "    " + $0 + "\n" }.joined()
        text += """

            `check.py` runs the `openssl ts -verify` commands itself when OpenSSL and a CA file are there (`--tsa-ca FILE`). `ots verify` needs the OpenTimestamps client and a Bitcoin node or block explorer.

            ## What this does not prove

            Until a checkpoint's first witness, the times in a revision are the melder's own clock. A revision recorded long before the first witness of a checkpoint containing it may have been written later than it says. Withheld fields and hidden names stay secret; their commitments only prove they were not changed.
            """
        return text
    }

    static func dutch(commands: [String], journalKey: String, cosigners: [String]) -> String {
        var text = """
            # Bewijs uit een Meldboek-dagboek

            Deze map bewijst dat de dagboekaantekeningen in `revisions/` ongewijzigd in het dagboek zijn geschreven, uiterlijk op de tijden die de getuigen ervan geven. Je kunt dat offline controleren, zonder Meldboek.

            - `revisions/NN.json`: een vrijgegeven versie (of bijlage): elk veld met zijn waarde en zout, of alleen zijn vastlegging als het is achtergehouden; namen die als pseudoniem zijn verborgen, staan er alleen als hash.
            - `revisions/NN.tlog-proof`: het bewijs dat die versie in de Merkle-boom van het dagboek staat (c2sp.org/tlog-proof), met het ondertekende controlepunt.
            - `checkpoints/N.txt`: een controlepunt (grootte en wortel van de boom), ondertekend met de sleutel van het dagboek, met eventuele medeondertekeningen door vertrouwenspersonen (c2sp.org/tlog-cosignature).
            - `checkpoints/N-tsa-M.tsr` en `checkpoints/N-ots-M.txt.ots`: RFC 3161-tijdstempels en OpenTimestamps-bewijzen van het controlepuntbestand ernaast.
            - `index.json`, `keys.txt`: wat bij elkaar hoort, en de sleutels.

            ## Alles controleren

                python3 check.py

            Daarvoor zijn Python 3 nodig en, voor de Ed25519-handtekeningen, het pakket `cryptography` (`pip install cryptography`) of PyNaCl. Het script berekent voor elke versie het blad opnieuw uit de vrijgave, controleert het bewijs tegen de wortel van het controlepunt, de handtekening van het controlepunt tegen de sleutel van het dagboek, de medeondertekeningen tegen de sleutels van de vertrouwenspersonen, en of elke tijdstempel zijn controlepuntbestand dekt. Per versie drukt het af uiterlijk wanneer die is vastgelegd, volgens de vroegste getuige die het kon controleren, en het eindigt alleen met 0 als alles klopt.

            De sleutel van het dagboek staat hieronder en in `keys.txt`. Vergelijk hem met een sleutel die je langs een andere weg kreeg (bijvoorbeeld van de vertrouwenspersoon die medeondertekende), en geef hem dan zelf op: `python3 check.py --journal-key SLEUTEL --cosigner-key SLEUTEL`.

            Sleutel van het dagboek: `\(journalKey)`

            """
        for key in cosigners { text += "Sleutel van een medeondertekenaar: `\(key)`\n" }
        text += """

            ## Tijdstempels en OpenTimestamps

            De handtekening van een tijdstempelautoriteit controleer je met OpenSSL, tegen het CA-certificaat van die autoriteit (`tsa-ca.pem` als dat in deze map staat; anders vraag je het bij de autoriteit op):

            """
        text += commands.isEmpty ? "\n(Deze map bevat geen tijdstempels.)\n" : "\n" + commands.map { "    " + $0 + "\n" }.joined()
        text += """

            `check.py` voert de opdrachten `openssl ts -verify` zelf uit als OpenSSL en een CA-bestand aanwezig zijn (`--tsa-ca BESTAND`). Voor `ots verify` zijn de OpenTimestamps-client en een Bitcoin-node of blokverkenner nodig.

            ## Wat dit niet bewijst

            Tot de eerste getuige van een controlepunt zijn de tijden in een versie die van de klok van de melder zelf. Een versie die lang voor de eerste getuige van een controlepunt waarin zij staat is vastgelegd, kan later zijn geschreven dan zij zegt. Achtergehouden velden en verborgen namen blijven geheim; hun vastleggingen bewijzen alleen dat ze niet zijn veranderd.
            """
        return text
    }
}
