/* How fast libsodium's primitives run here: the floor under Meldboek's attachment throughput.
 *
 *   cc -O2 scripts/lib/bench/primitives.c -lsodium -o primitives && ./primitives
 *
 * Prints MiB/s for SHA-256 (an attachment's content hash), BLAKE2b-256, and the
 * XChaCha20-Poly1305 secret stream in 64 KiB chunks (how attachments are sealed),
 * each over 256 MiB of random bytes, best of three. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void) {
    if (sodium_init() < 0) return 1;
    const size_t size = 256u << 20, chunk = 65536;
    unsigned char *data = malloc(size), *out = malloc(chunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned char hash[64], key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (!data || !out) return 1;
    randombytes_buf(data, size);
    crypto_secretstream_xchacha20poly1305_keygen(key);
    double best[3] = {1e9, 1e9, 1e9};
    for (int round = 0; round < 3; round++) {
        double start = now();
        crypto_hash_sha256(hash, data, size);
        double t = now() - start;
        if (t < best[0]) best[0] = t;

        start = now();
        crypto_generichash(hash, 32, data, size, NULL, 0);
        t = now() - start;
        if (t < best[1]) best[1] = t;

        crypto_secretstream_xchacha20poly1305_state state;
        crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
        start = now();
        for (size_t offset = 0; offset < size; offset += chunk) {
            crypto_secretstream_xchacha20poly1305_push(&state, out, NULL, data + offset, chunk, NULL, 0, 0);
        }
        t = now() - start;
        if (t < best[2]) best[2] = t;
    }
    printf("libsodium %s\n", sodium_version_string());
    printf("sha256 %.0f MiB/s\n", 256 / best[0]);
    printf("blake2b-256 %.0f MiB/s\n", 256 / best[1]);
    printf("secretstream-xchacha20poly1305-64k %.0f MiB/s\n", 256 / best[2]);
    free(data);
    free(out);
    return 0;
}
