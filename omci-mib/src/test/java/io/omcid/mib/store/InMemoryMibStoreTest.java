package io.omcid.mib.store;

class InMemoryMibStoreTest extends MibStoreContract {

    @Override
    MibStore open() {
        return new InMemoryMibStore();
    }

    /** Memory survives no restart; the same instance stands for the daemon that kept running. */
    @Override
    MibStore reopen(MibStore closed) {
        return closed;
    }
}
