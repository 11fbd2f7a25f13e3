/**
 * Image datasets loaded as {@code keras.datasets} loads them: {@link org.neurite.datasets.images.FashionMnist}
 * and {@link org.neurite.datasets.images.Mnist}. Files are looked for in a cache folder
 * ({@link org.neurite.datasets.images.ImageOptions#cacheDir()}), then in the folder a system package installs,
 * and downloaded (with a progress bar and a SHA-256 check) only when found in neither.
 */
package org.neurite.datasets.images;
