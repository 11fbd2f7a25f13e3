/** Heavy peers compiled only with {@code -Ppeers}: DJL on its PyTorch engine. */
package org.neurite.benchmarks.peers;
