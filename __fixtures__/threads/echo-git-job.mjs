// A stand-in for the bundle's entry on a helper thread: answers git's job with the folder it was
// given as the one vouched file, so a test sees the job's data arrive and the answer come back.
import { parentPort, workerData } from 'node:worker_threads'

parentPort.postMessage({ paths: [workerData.projectRoot + '/from-thread'], blobs: [workerData.job], sizes: [7] })
